import java.util.ArrayList;
import java.util.List;

public class SharedVsConfined {

    // one per class: shared by all threads
    static int gnum = 1;

    // @start region=thread
    static class MyThread extends Thread {
        // one per object: this thread's own
        private int num;
        // a reference: whose list is it?
        private final List<Integer> numList;

        MyThread(int num, List<Integer> numList) {
            this.num = num;
            this.numList = numList;
        }

        @Override
        public void run() {
            // unsynchronized: safe here only because main
            // runs the threads one at a time
            gnum += num;
            numList.add(num);
            num += 1;
            System.out.println(getName() + ": gnum=" + gnum + ", num=" + num
                    + ", list=" + numList);
        }
    }
    // @end

    public static void main(String[] args) throws InterruptedException {
        // @start region=main
        List<Integer> numList = new ArrayList<>(List.of(0, 1, 2, 3, 4));
        MyThread t1 = new MyThread(100, numList);
        MyThread t2 = new MyThread(200, numList);
        t1.setName("Thread-1");
        t2.setName("Thread-2");
        t1.start();
        // the note used sleep(1) and sleep(5)
        t1.join();
        t2.start();
        t2.join();
        System.out.println("main: gnum=" + gnum + ", list=" + numList);
        System.out.println("both threads held the very same list: "
                + (t1.numList == t2.numList));
        // @end
    }
}
