import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

// The module's .lambda-lint.yml asks for failOn: error; the POM's failOn: never wins over it.
assert !log.contains('is ignored')
// failOn=never: the finding does not fail the build, so it is a [WARNING] (with its own level word),
// and no finding line is an [ERROR].
def finding = log =~ /(?m)^\[WARNING\] template\.yaml:6:(\d+): error LL000 (.+)$/
assert finding.find() : 'no LL000 line for the unknown tag in build.log'
assert finding.group(2).contains('!Reff')
assert !log.readLines().any { it.startsWith('[ERROR]') && it.contains('LL000') }
assert log.contains('[INFO] lambda-lint: 1 template checked, 1 error, 0 warnings, 0 notes (failOn: never); SARIF: target/reports/lint.sarif')
assert log.contains('BUILD SUCCESS')

def sarif = new JsonSlurper().parse(new File(basedir, 'target/reports/lint.sarif'))
def results = sarif.runs[0].results
assert results.size() == 1
assert results[0].ruleId == 'LL000'
assert results[0].level == 'error'
assert results[0].locations[0].physicalLocation.region.startLine == 6
assert !new File(basedir, 'target/lambda-lint.sarif').exists()
return true
