// The JSON product re-exports the engine and the JSON vocabulary of its errors, so that a service needs
// one import: `import ChildcareRulesJSON`.
@_exported import ChildcareRules

@_exported import enum ChildcareScenarios.JSON
@_exported import struct ChildcareScenarios.JSONParseError
@_exported import struct ChildcareScenarios.JSONParser
@_exported import struct ChildcareScenarios.JSONPath
@_exported import struct ChildcareScenarios.ScenarioError
