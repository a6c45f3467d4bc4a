import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

// The finding at the function's SubnetIds key (line 28, column 9), relative to the module
// directory, with its evidence indented on the next line.
def lines = log.readLines()
// failOn=warning: the warning fails the build, so it is an [ERROR]; its evidence is [INFO].
int at = lines.findIndexOf { it ==~ /\[ERROR\] template\.yaml:28:9: warning LL104 .+ \[Worker\]/ }
assert at >= 0 : 'no LL104 line for Worker in build.log'
assert lines[at + 1] ==~ /\[INFO\] {5}related: template\.yaml:28:\d+: .*SubnetA.*/
int column = 9

assert log =~ /\[INFO\] lambda-lint: 1 template checked, 0 errors, [1-9]\d* warnings?, \d+ notes? \(failOn: warning\); SARIF: target\/lambda-lint\.sarif/
assert log =~ /lambda-lint found [1-9]\d* problems? at or above warning \(failOn\) in .*one-subnet; see the log above and .*lambda-lint\.sarif/
assert log.contains('BUILD FAILURE')
assert !log.contains('SLF4J')

def sarif = new JsonSlurper().parse(new File(basedir, 'target/lambda-lint.sarif'))
def run = sarif.runs[0]
def result = run.results.find { it.ruleId == 'LL104' }
assert result != null
assert result.level == 'warning'
assert run.tool.driver.rules[result.ruleIndex].id == 'LL104'
def location = result.locations[0]
assert location.physicalLocation.artifactLocation.uri == 'template.yaml'
assert location.physicalLocation.artifactLocation.uriBaseId == '%SRCROOT%'
assert location.physicalLocation.region.startLine == 28
assert location.physicalLocation.region.startColumn == column
assert location.logicalLocations*.name == ['Worker']
// The evidence chain and a fingerprint that survives line moves.
assert result.relatedLocations.size() >= 1
assert result.relatedLocations[0].physicalLocation.artifactLocation.uri == 'template.yaml'
assert result.relatedLocations[0].message.text.contains('SubnetA')
assert result.partialFingerprints['lambdaLint/v1'] ==~ /[0-9a-f]+/
assert run.invocations[0].executionSuccessful == true
return true
