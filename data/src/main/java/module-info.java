/**
 * The JSON side of Limber: the bundled catalog (read from this module's own resources), the
 * {@link dev.limber.data.CatalogLoader}, {@link dev.limber.data.LimberJson} and the Jackson {@link
 * dev.limber.data.LimberModule}.
 */
module dev.limber.data {
  requires transitive dev.limber.core;
  // Jackson's tree and module types are in the API (LimberJson.toTree, LimberModule).
  requires transitive com.fasterxml.jackson.databind;
  requires com.google.common;
  requires static org.jspecify;

  exports dev.limber.data;
}
