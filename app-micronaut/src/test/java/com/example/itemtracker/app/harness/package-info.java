/**
 * What the app's tests share, in one place: the service started in-process ({@link
 * com.example.itemtracker.app.harness.RunningService}) or as the built jar ({@link
 * com.example.itemtracker.app.harness.ServiceProcess}), the settings of the fakes and databases,
 * the checks every problem response passes, a real OpenID Connect provider, API Gateway's events,
 * and a store that fails on request.
 */
package com.example.itemtracker.app.harness;
