import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def lines = log.readLines()

assert log.contains('[INFO] lambda-lint: the default exclude **/cdk.out/** does not apply: the include '
        + 'cdk.out/*.template.json names its directory')
assert log.contains('[INFO] lambda-lint: default exclude **/node_modules/** skipped web/node_modules')
assert !lines.any { it.contains('vendor.template.yaml') }

// The synthesized template is linted: one [ERROR] line for the finding, its evidence at [INFO] below it.
def at = lines.findIndexOf { it.startsWith('[ERROR] cdk.out/App.template.json:21:9: error LL105 ') }
assert at >= 0 : 'no LL105 line for cdk.out/App.template.json'
assert lines[at + 1] == '[INFO]     related: cdk.out/App.template.json:22:11: SubnetIds is given'
assert lines[at + 2] == '[INFO]     related: cdk.out/App.template.json:21:9: VpcConfig has no SecurityGroupIds'
assert lines.count { it.contains(' LL105 ') } == 1
assert log.contains('lambda-lint: 1 template checked, 1 error, 0 warnings, 0 notes (failOn: error)')

def results = new JsonSlurper().parse(new File(basedir, 'target/lambda-lint.sarif')).runs[0].results
assert results*.ruleId == ['LL105']
return true
