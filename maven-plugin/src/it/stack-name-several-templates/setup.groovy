// Each IT project is a repository of its own, as a consumer is: SARIF paths are relative to its root (the
// nearest .git), not to the lambda-lint checkout the IT runs inside.
new File(basedir, '.git').mkdirs()
return true
