// Runs after the consumer's build: checks what the class-path and the module-path runs printed and wrote.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def lines = { String prefix ->
    log.readLines().findAll { it.startsWith(prefix) }.collect { it.substring(prefix.length()) }
}
def onClassPath = lines('[class path] ')
def onModulePath = lines('[module path] ')

assert onClassPath.contains('library module: unnamed')
assert onModulePath.contains('library module: io.github.earningscalls.transcript')
assert onModulePath.contains('internal exported: false')
[onClassPath, onModulePath].each { run ->
    assert run.contains('picocli present: false')
    assert run.contains('spark present: false')
    assert run.contains('call: NWRB Q2 2024 EARNINGS_CALL 2024-08-06 (SEEKING_ALPHA)')
    assert run.any { it ==~ /json: \d+ chars, read back equal: true/ }
    assert run.contains('schema resource readable: true')
}
// Apart from the lines about how it was loaded, both runs saw the same transcript.
def loading = ~/(library module|internal exported): .*/
assert onClassPath.findAll { !(it ==~ loading) } == onModulePath.findAll { !(it ==~ loading) }

def classPathJson = new File(basedir, 'target/class-path.json')
def modulePathJson = new File(basedir, 'target/module-path.json')
assert classPathJson.bytes == modulePathJson.bytes

// The document equals the sample's expected JSON, but for the source name (the path given).
def slurper = new JsonSlurper()
def actual = slurper.parse(classPathJson, 'UTF-8')
def expected = slurper.parse(new File(sampleJson), 'UTF-8')
actual.source.remove('name')
expected.source.remove('name')
assert actual == expected
return true
