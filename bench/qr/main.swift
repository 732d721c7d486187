// The time ExhibitQR's encoder takes a symbol, for bench/qr/run.sh: the same URLs as
// libqrencode.c. Compiled with the module's sources (see run.sh), whole-module, -O.
import Foundation

let arguments = CommandLine.arguments
let count = arguments.count > 1 ? Int(arguments[1])! : 1000, rounds = arguments.count > 2 ? Int(arguments[2])! : 3
let urls = (1...count).map { "https://example.edu.cn/achievements/cases/case-\(String(format: "%05d", $0))/" }
var modules = 0
for round in 1...rounds {
    let start = Date()
    for url in urls { modules += QREncoder.encode(url.utf8)!.width }
    let us = Date().timeIntervalSince(start) / Double(count) * 1e6
    print(String(format: "ExhibitQR    round %d: %6.1f µs a symbol", round, us))
}
if modules == 0 { exit(1) }
