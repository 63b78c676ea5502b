/**
 * Demo data for the default run (agencies, the documented accounts, six families at different stages), and the
 * production guard that stops a production start on demo data or demo passwords.
 */
@NullMarked
package org.hearth.demo;

import org.jspecify.annotations.NullMarked;
