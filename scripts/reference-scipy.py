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
    }
    with open(OUT, "w") as f:
        json.dump(ref, f, indent=1)
        f.write("\n")
    print(f"wrote {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
