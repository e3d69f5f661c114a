import Foundation
import LegalRef

let status = CommandLine.run(Array(CommandLine.arguments.dropFirst()))
exit(status)
