def log = new File(basedir, 'build.log').text

assert log.contains("lambda-lint: stackName (property lambda-lint.stackName) names the stack of one template, "
        + "but 2 templates were found in ")
assert log.contains("name the stacks of several templates in the configuration file's stacks: list")
assert !new File(basedir, 'target/lambda-lint.sarif').exists()
return true
