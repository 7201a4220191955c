import ChildcareScenarios
import JSONValue

/// The ordered JSON value the commands print (defined in ChildcareScenarios, shared with scenario files).
typealias JSON = JSONValue.JSON
