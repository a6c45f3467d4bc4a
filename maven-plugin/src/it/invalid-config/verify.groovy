def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] .lambda-lint.yml:3:10: \'quiet\' in rules.LL104 must be one of: off, note, warning, error')
assert log =~ /The lambda-lint configuration has 1 mistake \(\.lambda-lint\.yml\); see the log above/
assert log.contains('BUILD FAILURE')
return true
