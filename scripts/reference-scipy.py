#!/usr/bin/python3
"""Reference values for the statistics engine (src/stats/), computed with scipy.

Run with Debian's interpreter (python3-scipy):  /usr/bin/python3 scripts/reference-scipy.py
Writes __tests__/fixtures/stats-reference.json; __tests__/stats-reference.test.ts matches it to 1e-6.

Conventions (the same as src/stats/intervals.ts): every interval has ONE-SIDED bounds at
`confidence`, i.e. it is the two-sided interval at level 2*confidence - 1.
"""

import json
import math
import os
import sys

import numpy as np
import scipy
from scipy import stats

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "__tests__", "fixtures", "stats-reference.json")


def t_values():
    dfs = [1, 2, 3.7, 8, 30, 1000]
    probs = [0.5, 0.6, 0.9, 0.95, 0.975, 0.99, 0.999, 0.0001, 0.05]
    ts = [-12.5, -3.0, -1.0, -0.1, 0.0, 0.3, 1.0, 1.8595, 2.5, 6.0, 40.0]
    quant = [{"df": df, "p": p, "t": float(stats.t.ppf(p, df))} for df in dfs for p in probs]
    cdf = [{"df": df, "t": t, "p": float(stats.t.cdf(t, df))} for df in dfs for t in ts]
    return quant, cdf


def normal_values():
    probs = [1e-12, 1e-6, 0.001, 0.025, 0.05, 0.1, 0.3, 0.5, 0.7, 0.9, 0.95, 0.975, 0.999, 1 - 1e-9]
    zs = [-30.0, -8.0, -3.0, -1.959963984540054, -0.5, 0.0, 0.25, 1.0, 1.6448536269514722, 4.0, 8.0]
    return (
        [{"p": p, "z": float(stats.norm.ppf(p))} for p in probs],
        [{"z": z, "p": float(stats.norm.cdf(z))} for z in zs],
    )


def welch_cases():
    rng = np.random.default_rng(20261122)
    cases = []
    samples = [
        ([3.1, 2.9, 3.4, 3.0, 3.2], [2.5, 2.7, 2.2, 2.6]),
        ([np.log(v) for v in [54.0, 55.2, 52.9, 56.1, 53.3]], [np.log(v) for v in [38.3, 39.9, 37.2, 38.8, 40.1]]),
        (list(rng.normal(10, 1, 12)), list(rng.normal(10.5, 3, 7))),
        ([1.0, 2.0], [1.5, 1.7, 1.9]),
    ]
    for conf in (0.95, 0.975):
        for x, y in samples:
            x = np.asarray(x, dtype=float)
            y = np.asarray(y, dtype=float)
            res = stats.ttest_ind(y, x, equal_var=False)
            vx = x.var(ddof=1) / len(x)
            vy = y.var(ddof=1) / len(y)
            df = (vx + vy) ** 2 / (vx**2 / (len(x) - 1) + vy**2 / (len(y) - 1))
            # one-sided bounds at c (scipy 1.10's ttest_ind has no confidence_interval yet): the
            # interval from scipy's own t quantile; the statistic and p-value come from ttest_ind
            se = math.sqrt(vx + vy)
            tc = stats.t.ppf(conf, df)
            d = y.mean() - x.mean()

            class ci:  # noqa: N801 - tiny record
                low = d - tc * se
                high = d + tc * se

            greater = stats.ttest_ind(y, x, equal_var=False, alternative="greater")
            cases.append(
                {
                    "x": x.tolist(),
                    "y": y.tolist(),
                    "confidence": conf,
                    "estimate": float(y.mean() - x.mean()),
                    "df": float(df),
                    "lower": float(ci.low),
                    "upper": float(ci.high),
                    "t": float(res.statistic),
                    "p_greater": float(greater.pvalue),
                }
            )
    return cases


def wilson_cases():
    out = []
    for k, n in [(0, 801), (2, 801), (1, 801), (96, 1298), (799, 801), (801, 801), (5, 20), (1598, 1602), (3, 7)]:
        for conf in (0.95, 0.99):
            ci = stats.binomtest(k, n).proportion_ci(confidence_level=2 * conf - 1, method="wilson")
            out.append({"k": k, "n": n, "confidence": conf, "lower": float(ci.low), "upper": float(ci.high)})
    return out


def newcombe_cases():
    # Newcombe (1998) method 10 from scipy's Wilson bounds: difference candidate - baseline
    out = []
    for x1, n1, x2, n2 in [(2, 801, 1, 801), (0, 801, 5, 801), (96, 1298, 40, 1300), (0, 500, 0, 700)]:
        conf = 0.95
        w1 = stats.binomtest(x1, n1).proportion_ci(confidence_level=2 * conf - 1, method="wilson")
        w2 = stats.binomtest(x2, n2).proportion_ci(confidence_level=2 * conf - 1, method="wilson")
        p1, p2 = x1 / n1, x2 / n2
        d = p2 - p1
        lower = d - math.sqrt((p2 - w2.low) ** 2 + (w1.high - p1) ** 2)
        upper = d + math.sqrt((w2.high - p2) ** 2 + (p1 - w1.low) ** 2)
        out.append({"x1": x1, "n1": n1, "x2": x2, "n2": n2, "confidence": conf, "lower": lower, "upper": upper})
    return out


def order_stat_ranks(n, p, conf):
    """1-based ranks: upper = min r with P(Bin(n,p) <= r-1) >= c; lower = max r with P(Bin >= r) >= c."""
    k = np.arange(0, n + 1)
    cdf = stats.binom.cdf(k, n, p)
    ups = np.nonzero(cdf[: n] >= conf)[0]  # k in [0, n-1]
    upper = int(ups[0]) + 1 if len(ups) else None
    lows = np.nonzero(cdf[:n] <= 1 - conf)[0]
    lower = int(lows[-1]) + 1 if len(lows) else None
    return lower, upper


def percentile_cases():
    out = []
    for n, p, conf in [
        (801, 0.95, 0.95),
        (801, 0.99, 0.95),
        (801, 0.5, 0.95),
        (801, 0.9, 0.975),
        (60000, 0.95, 0.95),
        (298, 0.99, 0.95),
        (299, 0.99, 0.95),
        (59, 0.95, 0.95),
        (58, 0.95, 0.95),
        (5, 0.5, 0.95),
        (4, 0.5, 0.95),
        (20, 0.5, 0.95),
        (1000000, 0.999, 0.95),
        (3, 0.1, 0.95),
    ]:
        lower, upper = order_stat_ranks(n, p, conf)
        out.append({"n": n, "p": p, "confidence": conf, "lowerRank": lower, "upperRank": upper})
    # interval values on a concrete sample (lognormal, seeded), with scipy's own quantile (type 7)
    rng = np.random.default_rng(7)
    sample = np.sort(rng.lognormal(np.log(40), 0.5, 801))
    values = []
    for p in (0.5, 0.9, 0.95, 0.99):
        lower, upper = order_stat_ranks(len(sample), p, 0.95)
        values.append(
            {
                "p": p,
                "value": float(np.quantile(sample, p, method="linear")),
                "lower": float(sample[lower - 1]) if lower else None,
                "upper": float(sample[upper - 1]) if upper else None,
            }
        )
    return out, {"sample": sample.tolist(), "intervals": values}


def binomial_cdf_cases():
    out = []
    for k, n, p in [(760, 801, 0.95), (58, 59, 0.95), (56990, 60000, 0.95), (998_950, 1_000_000, 0.999), (3, 10, 0.5), (0, 299, 0.01)]:
        out.append({"k": k, "n": n, "p": p, "cdf": float(stats.binom.cdf(k, n, p))})
    return out


def poisson_cases():
    out = []
    for k, T in [(0, 1.0), (1, 1.0), (5, 2.0), (801, 20.0), (60000, 300.0), (3, 0.5)]:
        for conf in (0.95, 0.99):
            lower = float(stats.gamma.ppf(1 - conf, k)) / T if k > 0 else 0.0
            upper = float(stats.gamma.ppf(conf, k + 1)) / T
            chi = float(stats.chi2.ppf(conf, 2 * k + 2)) / 2 / T
            out.append({"count": k, "exposure": T, "confidence": conf, "lower": lower, "upper": upper, "upper_chi2": chi})
    return out


def incbeta_cases():
    out = []
    for x, a, b in [(0.3, 2.0, 3.0), (0.9, 0.5, 4.0), (0.01, 100.0, 0.5), (0.5, 4000.0, 4000.0), (0.05, 50.0, 761.0)]:
        out.append({"x": x, "a": a, "b": b, "value": float(scipy.special.betainc(a, b, x))})
    return out


def combined_cases():
    """Issue 9's two-component interval, computed independently from the formula (README, statistics).

    Per run: y = ln(value); z = Phi^-1(conf); one-sided sampling variances from the run's own bounds,
    w- = ((y - ln L) / z)^2 and w+ = ((ln U - y) / z)^2, and the symmetric w = ((ln U - ln L) / 2z)^2
    (which estimates tau^2); their df = n - 1. Between-run variance tau^2: from the noise file (df from
    the file), pooled with each side that has >= 2 runs (each side's max(0, s^2 - mean w), df runs - 1);
    without a noise file, each side's own estimate (both sides >= 2 runs) or the multi-run side's for
    both. Per bound: Var = between part + sum w_b / m^2 + sum w_c / n^2 with, for the LOWER bound of
    d, the baseline runs' w+ and the candidate runs' w-, for the UPPER bound the other halves; df by
    Welch-Satterthwaite; bounds exp(d - t(conf, df_lo) sqrt(Var_lo)), exp(d + t(conf, df_hi) sqrt(Var_hi)).
    A run without bounds uses the noise file's sampling_var_log for w, w- and w+.
    """
    cases_in = [
        # (baseline runs, candidate runs, noise (tau2, df, w) or None, confidence); a run: (value, L, U, n)
        ([(54.03, 51.2, 57.9, 801)], [(38.33, 36.9, 40.1, 801)], (0.0, 1, 0.0006), 0.95),
        ([(54.03, 51.2, 57.9, 801)], [(84.13, 79.0, 90.2, 801)], (0.0004, 1, 0.0006), 0.95),
        ([(50.0, 45.0, 55.0, 1000)], [(60.0, 54.0, 66.0, 2000)], (0.03**2, 1, None), 0.95),
        ([(50.0, 48.0, 52.0, 5000)], [(55.0, 53.0, 57.0, 5000)], (0.05**2, 9, None), 0.975),
        ([(50.0, 48.0, 52.0, 1000)], [(80.0, 77.0, 190.0, 1000)], (0.0, 1, None), 0.95),
        ([(50.0, 47.0, 53.0, 300), (52.0, 49.0, 55.5, 300), (49.0, 46.5, 52.0, 300)],
         [(44.0, 41.0, 47.0, 300), (47.5, 44.0, 50.5, 300), (45.0, 42.5, 48.0, 300)], None, 0.95),
        ([(100.0, 97.0, 103.0, 2000)], [(90.0, 87.0, 93.5, 2000), (96.0, 93.0, 99.0, 2000),
                                         (91.0, 88.0, 94.0, 2000), (99.0, 96.0, 102.5, 2000)], None, 0.95),
        ([(0.020, 0.015, 0.027, 801), (0.022, 0.017, 0.029, 801)],
         [(0.050, 0.043, 0.058, 801), (0.047, 0.040, 0.055, 801), (0.061, 0.053, 0.070, 801)],
         (0.01, 4, 0.002), 0.95),
        ([(100.0, None, None, 1)], [(120.0, 117.0, 123.0, 500)], (0.0, 2, 0.0001), 0.95),
    ]
    out = []
    for base, cand, noise, conf in cases_in:
        z = float(stats.norm.ppf(conf))
        nw = noise[2] if noise is not None and noise[2] is not None else None

        def ws(r):
            """(w, w-, w+) of a run, or None."""
            if r[1] is None:
                return None if nw is None else (nw, nw, nw)
            y = math.log(r[0])
            lo = (y - math.log(r[1])) / z
            hi = (math.log(r[2]) - y) / z
            return (((lo + hi) / 2) ** 2, lo**2, hi**2)

        def between(runs):
            ys = np.array([math.log(r[0]) for r in runs])
            w_list = [ws(r)[0] for r in runs if ws(r) is not None]
            s2 = float(np.var(ys, ddof=1))
            return max(0.0, s2 - (float(np.mean(w_list)) if w_list else 0.0)), len(runs) - 1

        m, n = len(base), len(cand)
        comps = []  # between-run (variance, df)
        if noise is not None:
            parts = [(noise[0], noise[1])] + [between(side) for side in (base, cand) if len(side) >= 2]
            dfp = sum(p[1] for p in parts)
            comps.append((sum(p[0] * p[1] for p in parts) / dfp * (1 / m + 1 / n), dfp))
        elif m >= 2 and n >= 2:
            (tb, db), (tc_, dc) = between(base), between(cand)
            comps += [(tb / m, db), (tc_ / n, dc)]
        else:
            t2, dft = between(base if m >= 2 else cand)
            comps.append((t2 * (1 / m + 1 / n), dft))

        def spread(b_half, c_half):
            cs = list(comps)
            for side, k, half in ((base, m, b_half), (cand, n, c_half)):
                for r in side:
                    w = ws(r)
                    if w is not None:
                        cs.append((w[half] / k**2, max(1, r[3] - 1)))
            cs = [c for c in cs if c[0] > 0]
            var = sum(c[0] for c in cs)
            return math.sqrt(var), var**2 / sum(c[0] ** 2 / c[1] for c in cs)

        se_lo, df_lo = spread(2, 1)  # lower bound of d: baseline w+, candidate w-
        se_hi, df_hi = spread(1, 2)
        d = float(np.mean([math.log(r[0]) for r in cand]) - np.mean([math.log(r[0]) for r in base]))
        lower = math.exp(d - float(stats.t.ppf(conf, df_lo)) * se_lo)
        upper = math.exp(d + float(stats.t.ppf(conf, df_hi)) * se_hi)
        out.append({
            "baseline": [list(r) for r in base],
            "candidate": [list(r) for r in cand],
            "noise": None if noise is None else {"between_var_log": noise[0], "df": noise[1], "sampling_var_log": noise[2]},
            "confidence": conf,
            "d": d, "se_lo": se_lo, "df_lo": df_lo, "se_hi": se_hi, "df_hi": df_hi,
            "lower": lower, "upper": upper,
            "detectable_change": 100 * (math.exp((math.log(upper) - math.log(lower)) / 2) - 1),
        })
    return out


def main():
    tq, tc = t_values()
    nq, nc = normal_values()
    pct, pct_sample = percentile_cases()
    ref = {
        "generated_by": "scripts/reference-scipy.py",
        "scipy": scipy.__version__,
        "numpy": np.__version__,
        "python": sys.version.split()[0],
        "convention": "interval bounds are one-sided at `confidence` (two-sided level 2c-1)",
        "t_quantile": tq,
        "t_cdf": tc,
        "normal_quantile": nq,
        "normal_cdf": nc,
        "incomplete_beta": incbeta_cases(),
        "binomial_cdf": binomial_cdf_cases(),
        "welch": welch_cases(),
        "wilson": wilson_cases(),
        "newcombe": newcombe_cases(),
        "order_statistic_ranks": pct,
        "percentile_intervals": pct_sample,
        "poisson": poisson_cases(),
        "combined": combined_cases(),
    }
    with open(OUT, "w") as f:
        json.dump(ref, f, indent=1)
        f.write("\n")
    print(f"wrote {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
