import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

assert log =~ /(?m)^\[WARNING\] template\.yaml:48:9: warning LL104 .*subnet-0a1b2c3d.* \[Worker\]$/
assert log =~ /(?m)^\[WARNING\] template\.yaml:65:15: error LL401 .*in eu-west-1 .* \[Distribution\]$/
assert !(log =~ /LL103/)
def results = new JsonSlurper().parse(new File(basedir, 'target/lambda-lint.sarif')).runs[0].results
assert results*.ruleId.sort() == ['LL104', 'LL401']
return true
