@echo off
rem duban launcher for Windows: builds the jar when it is missing (or when called with --rebuild), then runs it.
rem Switch the console to UTF-8 first: the messages below and duban's own are Chinese.
chcp 65001 >nul
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%target\duban.jar"
if /I "%~1"=="--rebuild" (
  shift
  if exist "%JAR%" del "%JAR%"
)
if not exist "%JAR%" (
  echo 正在构建 duban（首次运行，约需一分钟）……
  pushd "%HERE%"
  call mvn -q -B -DskipTests package
  if errorlevel 1 (
    popd
    echo 构建失败：需要 Java 17 和 Maven。
    exit /b 2
  )
  popd
)
rem A duban run is short: the C1 compiler alone and the serial collector need about half the CPU
rem of the JVM's defaults (C2 compiling POI and the XML parser, G1's own threads); see bench\.
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %DUBAN_JAVA_OPTS% -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -jar "%JAR%" %*
exit /b %ERRORLEVEL%
