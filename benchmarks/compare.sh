#!/usr/bin/env bash
# Whole-process timings of lambda-lint against cfn-lint, on this machine, in one run.
#
#   benchmarks/compare.sh CORPUS_DIR [RUNS]
#
# CORPUS_DIR holds real-world templates (*.yaml, *.yml) and is never committed: extract them from
# a public repository of your choice, e.g. every template.yaml of aws-samples/serverless-patterns.
# RUNS (default 10) is the number of measured runs of each small case; the corpus gets RUNS/2.
#
# Needs: hyperfine, cfn-lint, python3, and a build: `mvn -B package -DskipTests` for the distribution
# zip (cli/target/lambda-lint-*.zip); `mvn -B -Pbench package -DskipTests` also builds the generator
# of large templates (benchmarks/target/benchmarks.jar), whose cases are skipped without it.
#
# Prints the median of each case and the ratio cfn-lint / lambda-lint (how many times faster
# lambda-lint is), and for generated templates the growth from 5,000 to 10,000 resources. The
# machine must be otherwise idle: medians from a busy machine say little.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:?usage: benchmarks/compare.sh CORPUS_DIR [RUNS]}
runs=${2:-10}
for tool in hyperfine cfn-lint python3; do
    command -v "$tool" >/dev/null || { echo "compare.sh: $tool is not installed" >&2; exit 2; }
done
zip=$(ls cli/target/lambda-lint-*.zip 2>/dev/null | head -1)
[ -n "$zip" ] || { echo "compare.sh: build first: mvn -B package -DskipTests" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unzip -q "$zip" -d "$work"
launcher=$(ls -d "$work"/lambda-lint-*/bin/lambda-lint)
jar=$(ls -d "$work"/lambda-lint-*/lib/lambda-lint.jar)
# The launcher's class-data-sharing archive goes to a cache of this run; the warm-up runs write it.
export LAMBDA_LINT_CACHE=$work/cache
small=testdata/examples/events/template.yaml
count=$(find "$corpus" -type f \( -name '*.yaml' -o -name '*.yml' \) | wc -l)

results=$work/results
mkdir -p "$results"
# measure NAME RUNS WARMUPS COMMAND: hyperfine's JSON result of one command, in $results/NAME.json
measure() {
    local name=$1 n=$2 warmups=$3
    shift 3
    hyperfine --style basic --warmup "$warmups" --runs "$n" -N -i --export-json "$results/$name.json" "$@" >&2
}

echo "== one small template ($small, $(wc -c < "$small") bytes)" >&2
measure launcher-small "$runs" 2 "$launcher $small"
measure jar-small "$runs" 2 "java -jar $jar $small"
measure cfn-lint-small "$runs" 2 "cfn-lint $small"

echo "== the $count templates under $corpus, one process each tool" >&2
measure launcher-corpus $(( (runs + 1) / 2 )) 1 "$launcher --fail-on never $corpus"
measure cfn-lint-corpus $(( (runs + 1) / 2 )) 1 "cfn-lint '$corpus/**/*.yaml' '$corpus/**/*.yml'"

generator=benchmarks/target/benchmarks.jar
if [ -f "$generator" ]; then
    for size in 1000 5000 10000; do
        java -cp "$generator" io.github.lambdalint.benchmarks.GeneratedTemplate stack "$size" "$work/stack-$size.yaml"
        echo "== generated stack of $size resources" >&2
        measure "launcher-stack-$size" 3 1 "$launcher --fail-on never $work/stack-$size.yaml"
        measure "heap-256m-stack-$size" 1 0 \
            "env LAMBDA_LINT_JAVA_OPTS=-Xmx256m $launcher --fail-on never $work/stack-$size.yaml"
    done
fi

python3 - "$results" "$count" <<'EOF'
import json, os, sys
results, count = sys.argv[1], sys.argv[2]
def median(name):
    path = os.path.join(results, name + ".json")
    if not os.path.exists(path):
        return None
    result = json.load(open(path))["results"][0]
    # lambda-lint exits 0 or 1 after a lint; anything else is no timing. cfn-lint's status is a bit set.
    if not name.startswith("cfn-lint") and any(code not in (0, 1) for code in result["exit_codes"]):
        return float("nan")
    return result["median"]
def show(seconds):
    return "-" if seconds is None else f"{seconds:.2f} s"
rows = [("one small template, launcher", "launcher-small", "cfn-lint-small"),
        ("one small template, java -jar", "jar-small", "cfn-lint-small"),
        (f"{count} corpus templates, one process", "launcher-corpus", "cfn-lint-corpus")]
print(f"{'case':45} {'lambda-lint':>12} {'cfn-lint':>10} {'ratio':>8}")
for label, ours, theirs in rows:
    a, b = median(ours), median(theirs)
    ratio = f"{b / a:.1f}x" if a and b else "-"
    print(f"{label:45} {show(a):>12} {show(b):>10} {ratio:>8}")
for size in (1000, 5000, 10000):
    a = median(f"launcher-stack-{size}")
    if a is not None:
        heap = median(f"heap-256m-stack-{size}")
        print(f"{f'generated stack, {size} resources':45} {show(a):>12} "
              f"{'(-Xmx256m: ' + show(heap) + ')':>20}")
five, ten = median("launcher-stack-5000"), median("launcher-stack-10000")
if five and ten:
    print(f"growth from 5,000 to 10,000 resources: {ten / five:.2f}x")
EOF
