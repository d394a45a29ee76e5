@REM Maven for a machine that has only Java 17 (see mvnw): unpacks the Maven 3.9.9 distribution kept in .mvn\wrapper
@REM once into %USERPROFILE%\.m2\wrapper and runs it.
@echo off
setlocal
set "MVNW_HOME=%USERPROFILE%\.m2\wrapper\apache-maven-3.9.9"
if not exist "%MVNW_HOME%\bin\m2.conf" (
  powershell -NoProfile -Command "Expand-Archive -Force -Path '%~dp0.mvn\wrapper\apache-maven-3.9.9-bin.zip' -DestinationPath '%USERPROFILE%\.m2\wrapper'"
)
"%MVNW_HOME%\bin\mvn.cmd" %*
