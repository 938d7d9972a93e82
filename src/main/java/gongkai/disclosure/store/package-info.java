/**
 * Storage of disclosures: the Micronaut Data repositories and read projections, and the two helpers
 * through which {@link gongkai.disclosure.DisclosureService} alone writes a disclosure's content
 * ({@link gongkai.disclosure.store.ContentStore}) and its performance projects ({@link
 * gongkai.disclosure.store.ProjectStore}). {@code ArchitectureTest} holds that nothing else writes
 * here and that the page and export packages only read through {@link
 * gongkai.disclosure.DisclosureCatalog}.
 */
package gongkai.disclosure.store;
