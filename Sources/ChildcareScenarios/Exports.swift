// The JSON value and its strict parser live in the standard-library-only `JSONValue` module, so the
// Embedded Swift build for the web can use them too. Re-exported: `ChildcareScenarios.JSON` is unchanged.
@_exported import JSONValue
