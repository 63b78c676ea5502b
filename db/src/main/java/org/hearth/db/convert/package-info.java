/** Converters the generated jOOQ classes use for UUID keys and UTC moments. */
package org.hearth.db.convert;
