import ArgumentParser
import Dispatch
import ExhibitCore
import ExhibitServer
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// `exhibit serve`: a preview on 127.0.0.1 that rebuilds on save and reloads the browser.
/// Exit 0 on Ctrl-C (SIGINT) or SIGTERM, 1 when the port is taken or the server fails.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the site on 127.0.0.1, rebuild on save and reload the browser.")

    @Option(name: .long, help: "The site folder (with content/ and templates/).")
    var site: String = "."

    @Option(name: .long, help: "The port on 127.0.0.1 (0: any free port).")
    var port: UInt16 = 1313

    @Flag(help: "Also show cases and pages marked `draft: true`.")
    var drafts = false

    @Flag(help: "Print the time of each stage of every rebuild.")
    var verbose = false

    func run() throws {
        let cwd = CommandLinePath.cwd
        var options = BuildOptions(siteRoot: CommandLinePath.url(site, cwd: cwd))
        options.includeDrafts = drafts
        var console = ServeConsole.terminal(verbose: verbose)
        // A large site's first build takes a while: show its progress (see ProgressDisplay).
        let display = ProgressDisplay.forStandardError()
        console.progress = display.callback
        console.progressDone = { display.finish() }
        let server = PreviewServer(options: options, port: port, console: console)

        let failure = Mutex<(any Error)?>(nil)
        let stopped = Atomic<Bool>(false)
        let done = DispatchSemaphore(value: 0)
        let task = Task {
            do { try await server.run() } catch { failure.withLock { $0 = error } }
            done.signal()
        }
        var sources: [any DispatchSourceSignal] = []
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                stopped.store(true, ordering: .sequentiallyConsistent)
                task.cancel()
                // Open connections get a moment to close; then leave regardless.
                DispatchQueue.global().asyncAfter(deadline: .now() + 2) { Foundation.exit(0) }
            }
            source.resume()
            sources.append(source)
        }
        done.wait()
        sources.forEach { $0.cancel() }
        if stopped.load(ordering: .sequentiallyConsistent) {
            print("stopped")
            return
        }
        if let error = failure.withLock({ $0 }) {
            Console.err(error is PreviewServer.PortInUse ? "\(error)" : "serve failed: \(error)")
            throw ExitCode(1)
        }
    }
}
