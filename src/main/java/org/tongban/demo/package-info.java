/**
 * 【演示】 The demo leave request (processes/demo, forms/demo) and a few seeded demo cases, so that a fresh install
 * shows the whole inbox loop. Not a business process: remove this module for production use.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package org.tongban.demo;
