/** Stands in for schema libraries this Worker does not use (see [alias] in wrangler.toml). */
export {}
