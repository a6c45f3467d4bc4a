import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def baseline = new JsonSlurper().parse(new File(basedir, 'lambda-lint-baseline.json'))
assert baseline.findings*.ruleId == ['LL104']
assert baseline.findings[0].fingerprint ==~ /[0-9a-f]+/
// The second build knows the finding from the baseline: not logged as a warning, counted in the summary.
assert log.contains('1 in the baseline (failOn: warning)')
assert log.contains('BUILD SUCCESS')

def result = new JsonSlurper().parse(new File(basedir, 'target/lambda-lint.sarif')).runs[0].results.find { it.ruleId == 'LL104' }
assert result.baselineState == 'unchanged'
return true
