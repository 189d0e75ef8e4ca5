/**
 * Stage 2b: a {@link notebake.cache.CacheKey} (the hash of every input of a snippet's verification) maps to
 * the bytes of an earlier result under the work folder; a miss says why.
 */
package notebake.cache;
