def log = new File(basedir, 'build.log').text

assert log.contains("Invalid lambda-lint failOn value 'sometimes' (parameter failOn, property lambda-lint.failOn): use one of error, warning, note, never.")
// A configuration error, not a finding.
assert log.contains('MojoExecutionException')
assert !log.contains('MojoFailureException')
return true
