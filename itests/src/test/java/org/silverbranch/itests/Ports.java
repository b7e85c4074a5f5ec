package org.silverbranch.itests;

/**
 * The ports one container listens on. Every test class uses its own block, so a container left running by an
 * earlier, failed run can never answer a later test (STACK pitfall 11). Blocks in use:
 * <pre>
 *   PlatformIT             block 1: 8281 / 8381 / 8481 / 8581
 *   CoreApiIT              block 2: 8282 / 8382 / 8482 / 8582
 *   ModuleIT               block 3: 8283 / 8383 / 8483 / 8583
 *   SecurityIT             block 4: 8284 / 8384 / 8484 / 8584, HTTPS 8684
 *   VenueIT                block 6: 8286 / 8386 / 8486 / 8586
 *   DistributionRestartIT  block 9: 8289 / 8389 / 8489 / 8589
 *   bench/boot-benchmark.sh          18200-18599
 * </pre>
 * Take the next free number for a new class and add it here. Under Pax Exam the two RMI ports are not used:
 * Pax Exam picks free ones itself; {@link DistributionProcess} uses them.
 */
public record Ports(int http, int ssh, int rmiRegistry, int rmiServer) {

    /** HTTPS, for a class that turns it on: 8680+n. */
    public int https() {
        return http + 400;
    }

    /** Block {@code n}: HTTP 8280+n, SSH 8380+n, RMI registry 8480+n, RMI server 8580+n. */
    public static Ports block(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("port block 1..99 expected: " + n);
        }
        return new Ports(8280 + n, 8380 + n, 8480 + n, 8580 + n);
    }
}
