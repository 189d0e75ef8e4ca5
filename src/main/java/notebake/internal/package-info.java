/** Small helpers shared by the stages: located {@link notebake.internal.Problem}s and file utilities. */
package notebake.internal;
