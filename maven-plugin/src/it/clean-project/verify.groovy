import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

assert log.contains("lambda-lint-maven-plugin:${pluginVersion}:check (default)")
assert log.contains('[INFO] lambda-lint: 2 templates checked, 0 errors, 0 warnings, 0 notes (failOn: error); SARIF: target/lambda-lint.sarif')
assert !(log =~ /LL\d{3} /)
// The vendored template under node_modules is not linted; the log says which default exclude kept it out.
assert log.contains('[INFO] lambda-lint: default exclude **/node_modules/** skipped web/node_modules')
assert !log.contains('vendor.template.yaml')
assert log.contains('[INFO] lambda-lint: default exclude **/.aws-sam/** skipped .aws-sam')
// The module's own target directory is always there: it is not worth a line.
assert !log.contains('default exclude target/**')
// Maven's own SLF4J binding serves the plugin: no second binding, no "no provider" warning.
assert !log.contains('SLF4J')
assert log.contains('BUILD SUCCESS')

def sarifFile = new File(basedir, 'target/lambda-lint.sarif')
assert sarifFile.isFile()
def sarif = new JsonSlurper().parse(sarifFile)
assert sarif.version == '2.1.0'
assert sarif.runs.size() == 1
assert sarif.runs[0].tool.driver.name == 'lambda-lint'
assert sarif.runs[0].tool.driver.rules*.id.contains('LL000')
assert sarif.runs[0].results == []
return true
