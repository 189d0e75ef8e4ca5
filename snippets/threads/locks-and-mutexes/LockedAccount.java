public class LockedAccount {

    // @start region=account
    static class Account {
        private int balance = 0;

        // the lock is this Account's monitor
        synchronized void add() {
            for (int i = 0; i < 100_000; i++) {
                balance += 1;
            }
        }

        synchronized void delete() {
            for (int i = 0; i < 100_000; i++) {
                balance -= 1;
            }
        }

        synchronized int balance() {
            return balance;
        }
    }
    // @end

    public static void main(String[] args) throws InterruptedException {
        // @start region=accountrun
        Account account = new Account();
        Thread add = new Thread(account::add, "Add");
        Thread delete = new Thread(account::delete, "Delete");
        add.start();
        delete.start();
        add.join();
        delete.join();
        System.out.println("The final balance is: " + account.balance());
        // @end
    }
}
