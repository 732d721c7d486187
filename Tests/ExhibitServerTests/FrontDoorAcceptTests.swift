import FlyingSocks
import Foundation
import Testing
@testable import ExhibitServer

/// Which `accept` errors the front door waits out, and how many connections it keeps.
@Suite struct FrontDoorAcceptTests {
    @Test func runningOutOfDescriptorsIsWaitedOut() {
        for code in [EMFILE, ENFILE, ENOBUFS, ENOMEM, ECONNABORTED, EINTR, EPROTO] {
            #expect(FrontDoor.isTransient(.failed(type: "Accept", errno: code, message: "")), "\(code)")
        }
    }

    @Test func aBrokenListeningSocketEndsServing() {
        for code in [EBADF, EINVAL, ENOTSOCK] {
            #expect(!FrontDoor.isTransient(.failed(type: "Accept", errno: code, message: "")), "\(code)")
        }
        #expect(!FrontDoor.isTransient(.disconnected))
    }

    @Test func connectionsLeaveDescriptorsForEverythingElse() {
        #expect(DescriptorLimit.connections(forFiles: 128) == 21)
        #expect(DescriptorLimit.connections(forFiles: 64) == 1)
        #expect(DescriptorLimit.connections(forFiles: 1_048_576) == 256)
    }
}
