def log = new File(basedir, 'build.log').text

assert log.contains('[INFO] lambda-lint is skipped (lambda-lint.skip)')
assert !log.contains('LL000')
assert !log.contains('lambda-lint: ')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/lambda-lint.sarif').exists()
return true
