@echo off
rem lambda-lint launcher for Windows: runs lib\lambda-lint.jar with JVM settings that suit a short
rem command-line run (see bin/lambda-lint for why each one pays).
rem   JAVA_HOME              the Java 17+ to use (default: java on the PATH)
rem   LAMBDA_LINT_JAVA_OPTS  more JVM options, added last
rem   LAMBDA_LINT_CDS        "off": no class-data-sharing archive
rem   LAMBDA_LINT_CACHE      where the archive lives (default: %LOCALAPPDATA%\lambda-lint)
setlocal
set "JAR=%~dp0..\lib\lambda-lint.jar"
set "JAVACMD=java"
if defined JAVA_HOME set "JAVACMD=%JAVA_HOME%\bin\java.exe"
rem JVM warnings to standard error, never into a report on standard output; CDS has nothing to say.
set "JVM_OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:NewSize=16m -Xlog:disable -Xlog:all=warning,cds*=off:stderr"

if /i "%LAMBDA_LINT_CDS%"=="off" goto plain
set "CACHE=%LAMBDA_LINT_CACHE%"
if not defined CACHE set "CACHE=%LOCALAPPDATA%\lambda-lint"
if "%CACHE%"=="\lambda-lint" goto plain
rem The jar's size names the archive: a new jar gets a new one. An archive of another java is
rem skipped by the JVM, and the run is only slower.
for %%J in ("%JAR%") do set "ARCHIVE=%CACHE%\lambda-lint-%%~zJ.jsa"
if exist "%ARCHIVE%" goto shared

rem No archive yet: this run writes one to a file of its own and renames it into place when complete,
rem so concurrent first runs never read half an archive. Runs that only print something fixed are
rem not worth archiving.
for %%A in (%*) do (
  if /i "%%~A"=="--help" goto plain
  if /i "%%~A"=="-h" goto plain
  if /i "%%~A"=="--version" goto plain
  if /i "%%~A"=="-V" goto plain
  if /i "%%~A"=="--list-rules" goto plain
  if /i "%%~A"=="--explain" goto plain
)
if not exist "%CACHE%\" mkdir "%CACHE%" 2>nul
if not exist "%CACHE%\" goto plain
set "PARTIAL=%ARCHIVE%.%RANDOM%%RANDOM%.partial"
"%JAVACMD%" %JVM_OPTS% "-XX:ArchiveClassesAtExit=%PARTIAL%" %LAMBDA_LINT_JAVA_OPTS% -jar "%JAR%" %*
set "STATUS=%ERRORLEVEL%"
if exist "%PARTIAL%" if %STATUS% LEQ 1 move /y "%PARTIAL%" "%ARCHIVE%" >nul 2>&1
if exist "%PARTIAL%" del /f /q "%PARTIAL%" >nul 2>&1
exit /b %STATUS%

:shared
"%JAVACMD%" %JVM_OPTS% "-XX:SharedArchiveFile=%ARCHIVE%" %LAMBDA_LINT_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:plain
"%JAVACMD%" %JVM_OPTS% %LAMBDA_LINT_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
