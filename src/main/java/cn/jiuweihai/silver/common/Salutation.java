package cn.jiuweihai.silver.common;

/**
 * How a person is named to someone who may not yet know them: surname and title (王女士,
 * 王先生), never the full name.
 */
public final class Salutation {

    private static final String[] COMPOUND_SURNAMES = {"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙",
        "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯", "端木"};

    private Salutation() {
    }

    /** 王秀兰, female → 王女士; 欧阳明, male → 欧阳先生. */
    public static String of(String realName, boolean female) {
        return surname(realName.strip()) + (female ? "女士" : "先生");
    }

    private static String surname(String name) {
        for (String compound : COMPOUND_SURNAMES) {
            if (name.startsWith(compound) && name.length() > compound.length()) {
                return compound;
            }
        }
        return name.substring(0, name.offsetByCodePoints(0, 1));
    }
}
