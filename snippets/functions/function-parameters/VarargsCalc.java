/** Varargs: a method that accepts any number of int arguments, or an existing int[]. */
public class VarargsCalc {

    // @start region=calc
    // Like def calc(*numbers): the method receives an int[] however it is called.
    static int calc(int... numbers) {
        int sum = 0;
        for (int n : numbers) {
            sum += n * n;
        }
        return sum;
    }
    // @end

    public static void main(String[] args) {
        // @start region=calls
        System.out.println("calc(1, 2, 3) = " + calc(1, 2, 3));
        System.out.println("calc()        = " + calc());
        int[] nums = {1, 2, 3, 4};
        // an existing array is spread, like calc(*nums)
        System.out.println("calc(nums)    = " + calc(nums));
        // @end
    }
}
