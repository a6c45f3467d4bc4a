import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

assert log.contains("lambda-lint-maven-plugin:${pluginVersion}:check (default-cli)")
assert log.contains('[INFO] lambda-lint: 2 templates checked, 0 errors, 0 warnings, 0 notes (failOn: error); SARIF: target/lambda-lint.sarif')
assert !log.contains('LL000')
assert log.contains('BUILD SUCCESS')
assert new JsonSlurper().parse(new File(basedir, 'target/lambda-lint.sarif')).runs[0].results == []
return true
