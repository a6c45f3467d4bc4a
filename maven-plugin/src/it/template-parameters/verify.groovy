import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

assert log =~ /(?m)^\[ERROR\] template\.yaml:23:9: warning LL104 .*subnet-0a1b2c3d.* \[Worker\]$/
assert log =~ /lambda-lint found 1 problem at or above warning \(failOn\)/
def results = new JsonSlurper().parse(new File(basedir, 'target/lambda-lint.sarif')).runs[0].results
assert results*.ruleId == ['LL104']
return true
