import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def lines = log.readLines()

// The aggregator and service have no templates: one INFO line each, and an empty SARIF.
def none = lines.findAll { it.startsWith('[INFO] No CloudFormation/SAM templates found in ') }.sort()
assert none.size() == 2 : none
assert none[0].endsWith('multi-module')
assert none[1].endsWith('multi-module' + File.separator + 'service')
assert !log.contains('not marked as thread-safe')
for (dir in ['.', 'service']) {
    def sarif = new JsonSlurper().parse(new File(basedir, dir + '/target/lambda-lint.sarif'))
    assert sarif.runs[0].results == []
}

// infra's finding fails the build (failOn: warning), so it is an [ERROR]; its path is relative to the
// directory mvn ran in, so it names the module; its evidence follows at [INFO].
def at = lines.findIndexOf { it ==~ /^\[ERROR\] infra\/cloudformation\/stack\.yaml:40:9: warning LL104 .+ \[Worker\]$/ }
assert at >= 0 : 'no LL104 line for infra in build.log'
assert lines.drop(at + 1).find { it.contains('related:') }.startsWith('[INFO]     related: infra/cloudformation/stack.yaml:')
assert lines.count { it.contains(' LL104 ') } == 1
assert log =~ /lambda-lint found 1 problem at or above warning \(failOn\) in .*infra; see the log above/
assert log =~ /multi-module \.+ SUCCESS/
assert log =~ /service \.+ SUCCESS/
assert log =~ /infra \.+ FAILURE/

def results = new JsonSlurper().parse(new File(basedir, 'infra/target/lambda-lint.sarif')).runs[0].results
assert results*.ruleId == ['LL104']
// SARIF paths are relative to the repository root, where code scanning resolves them, and each module's run
// has a category of its own.
def run = new JsonSlurper().parse(new File(basedir, 'infra/target/lambda-lint.sarif')).runs[0]
assert results[0].locations[0].physicalLocation.artifactLocation.uri == 'infra/cloudformation/stack.yaml'
assert run.originalUriBaseIds['%SRCROOT%'].description.text.contains('.git')
assert run.automationDetails.id == 'lambda-lint/infra/'
return true
