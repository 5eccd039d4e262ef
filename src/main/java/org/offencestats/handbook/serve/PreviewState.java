package org.offencestats.handbook.serve;

/** The preview the server shows, swapped whole after each rebuild; waiting pages are woken when it changes. */
final class PreviewState {

    private Preview current = Preview.empty();

    synchronized Preview current() {
        return current;
    }

    synchronized void set(Preview next) {
        current = next;
        notifyAll();
    }

    /** The version once it differs from {@code seen}, or after {@code millis} whatever it is. */
    synchronized long awaitChange(long seen, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (current.version() == seen) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                break;
            }
            wait(left);
        }
        return current.version();
    }
}
