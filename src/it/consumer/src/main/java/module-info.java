/** The consumer as a named module: it needs the library's module and nothing else. */
module com.example.consumer {
    requires io.github.earningscalls.transcript;
}
