/**
 * JMH benchmarks for Limber: the composer against a plain pass over the catalog, and the loader
 * against a raw Jackson parse of the same bytes. Build with {@code mvn -B -pl benchmarks -am
 * package -DskipTests} and run with {@code java -jar benchmarks/target/benchmarks.jar}.
 */
package dev.limber.benchmarks;
