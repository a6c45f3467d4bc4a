import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

def finding = log =~ /(?m)^\[ERROR\] cloudformation\/queue\.yaml:(\d+):(\d+): error LL000 .+$/
assert finding.find() : 'no LL000 line in build.log'
int line = finding.group(1) as int
assert line == 7
assert log.contains('[INFO] lambda-lint: 1 template checked, 1 error, 0 warnings, 0 notes (failOn: error); SARIF: target/lambda-lint.sarif')
assert log =~ /lambda-lint found 1 problem at or above error \(failOn\) in .*broken-yaml; see the log above and .*lambda-lint\.sarif/
assert log.contains('BUILD FAILURE')

def results = new JsonSlurper().parse(new File(basedir, 'target/lambda-lint.sarif')).runs[0].results
assert results*.ruleId == ['LL000']
assert results[0].locations[0].physicalLocation.artifactLocation.uri == 'cloudformation/queue.yaml'
assert results[0].locations[0].physicalLocation.region.startLine == line
assert results[0].locations[0].physicalLocation.region.startColumn == (finding.group(2) as int)
return true
