#!/usr/bin/env bash
# Corpus benchmark: lambda-lint against cfn-lint, whole processes, on this machine.
#   benchmarks/compare.sh DIR       DIR holds real-world templates (never committed; e.g. the SAM translator's
#                              tests/translator/input). Needs hyperfine, cfn-lint and cli/target/lambda-lint.jar.
# Prints the time of one small template (the start-up budget: <= 0.35 s) and of the whole directory
# (the corpus budget: 562 templates <= 2 s on 2 cores), each for both tools.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:?usage: benchmarks/compare.sh DIR}
jar=cli/target/lambda-lint.jar
[ -f "$jar" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
small=testdata/rules/LL104/cfn-one-subnet.yaml
count=$(find "$dir" -type f -name '*.yaml' | wc -l)
echo "== one small template ($small)"
hyperfine --warmup 3 --runs 20 -N -i -n lambda-lint -n cfn-lint \
  "java -jar $jar $small" \
  "cfn-lint $small"
echo "== the $count *.yaml files under $dir"
# The same files for both, each tool in one process (cfn-lint expands the glob itself).
hyperfine --warmup 1 --runs 5 -i -n lambda-lint -n cfn-lint \
  "java -jar $jar --fail-on never $dir" \
  "cfn-lint '$dir/**/*.yaml'"
