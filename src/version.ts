// The version every artifact's verified_by names ("perf-gates <version>"). Keep in step with package.json.
export const VERSION = '0.1.0';
