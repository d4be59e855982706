// The facade re-exports the library layers, so `import VietIE` is all a user needs.
@_exported import VietIECore
@_exported import VietIEEvaluation
@_exported import VietIEExtraction
@_exported import VietIEGazetteer
@_exported import VietIEGraph
@_exported import VietIEText
