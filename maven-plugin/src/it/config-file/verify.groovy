import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
// The suppressed finding is not logged as a warning, but the summary counts it.
assert !(log =~ /template\.yaml:\d+:\d+: \w+ LL104/)
assert log =~ /lambda-lint: 1 template checked, 0 errors, 0 warnings, \d+ notes?, 1 suppressed \(failOn: warning\)/

def run = new JsonSlurper().parse(new File(basedir, 'target/lambda-lint.sarif')).runs[0]
def result = run.results.find { it.ruleId == 'LL104' }
assert result != null
assert result.suppressions == [[kind: 'external', justification: 'a batch job; an Availability Zone outage only delays it']]
return true
