import Foundation

Subprocess.stopChildrenOnSignals()
exit(Commands.run(Array(CommandLine.arguments.dropFirst())))
