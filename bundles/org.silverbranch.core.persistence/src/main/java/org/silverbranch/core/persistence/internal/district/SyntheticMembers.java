package org.silverbranch.core.persistence.internal.district;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.silverbranch.core.api.model.CadreCategory;
import org.silverbranch.core.api.model.FamilyContact;
import org.silverbranch.core.api.model.Gender;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.model.MemberStatus;
import org.silverbranch.core.api.model.Membership;
import org.silverbranch.core.api.model.Residency;
import org.silverbranch.core.api.model.ResidencyStatus;
import org.silverbranch.core.api.validation.ResidentIdNumber;
import org.silverbranch.core.persistence.internal.member.MemberEntity;
import org.silverbranch.core.persistence.internal.member.MemberMapper;
import org.silverbranch.core.persistence.internal.security.PersonalDataProtection;
import org.silverbranch.core.persistence.internal.street.CommunityEntity;

/**
 * Synthetic retired cadres for the demo district: plausible, reproducible (seeded), flagged demo. Ages 60 to 95,
 * ID numbers with a valid GB 11643 check character and the member's birth date, about one in eight away for
 * the winter.
 */
final class SyntheticMembers {

    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕";
    private static final String[] GIVEN_MALE = {"建国", "志强", "国华", "文斌", "德明", "振华", "学军", "长青", "永福",
        "庆林", "树森", "宝山", "玉成", "凤岐", "春生"};
    private static final String[] GIVEN_FEMALE = {"秀兰", "桂英", "玉珍", "淑华", "凤兰", "丽华", "秀珍", "桂芝",
        "雅琴", "春梅", "素芳", "玉梅", "淑珍", "慧敏", "秀云"};
    private static final String[] EMPLOYERS = {"哈尔滨市第三中学", "哈尔滨电机厂", "松北区人民政府", "哈尔滨铁路局",
        "黑龙江省农业科学院", "哈尔滨市第一医院", "松北区供销社", "哈尔滨工业大学"};
    private static final String[] POSITIONS = {"教师", "工程师", "科长", "处长", "会计", "医生", "技术员", "车间主任"};
    private static final String[] EDUCATION = {"小学", "初中", "高中", "中专", "大专", "本科"};
    private static final String[] SPECIALTIES = {"书法", "绘画", "摄影", "理论宣讲", "医疗保健", "法律咨询", "文艺演出"};
    private static final String[] HOBBIES = {"太极拳", "合唱", "象棋", "广场舞", "乒乓球", "钓鱼", "读书"};
    private static final String[] NEEDS = {"送学上门", "健康监测", "代购代办", "上门理发", "陪同就医"};
    private static final String[] WINTER_PLACES = {"海南省三亚市", "海南省海口市", "广西壮族自治区北海市", "云南省西双版纳州"};
    private static final String[] CHILDREN_CITIES = {"北京市朝阳区", "上海市浦东新区", "广东省深圳市"};
    private static final String[] HEALTH = {"高血压，需定期测量血压", "糖尿病，饮食控制", "行动不便，需搀扶", "听力下降"};

    private final Random random;
    private final PersonalDataProtection protection;
    private final Set<String> idNumbers = new HashSet<>();
    private final LocalDate today = LocalDate.now();

    SyntheticMembers(long seed, PersonalDataProtection protection) {
        this.random = new Random(seed);
        this.protection = protection;
    }

    MemberEntity next(CommunityEntity community, long branchId) {
        Gender gender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
        LocalDate birth = today.minusYears(60 + random.nextInt(36)).minusDays(1 + random.nextInt(364));
        String name = pick(SURNAMES.split("")) + pick(gender == Gender.MALE ? GIVEN_MALE : GIVEN_FEMALE);
        boolean veteran = birth.isBefore(LocalDate.of(1935, 1, 1)) && random.nextInt(3) == 0;
        LocalDate joined = veteran ? LocalDate.of(1948, 1 + random.nextInt(9), 1)
                : birth.plusYears(20 + random.nextInt(20)).withDayOfMonth(1);
        LocalDate retired = birth.plusYears(gender == Gender.MALE ? 60 : 55);
        Member m = new Member(null, null, name, gender, random.nextInt(10) == 0 ? "满族" : "汉族", birth,
                idNumber(birth, gender), "139" + String.format("%08d", random.nextInt(100_000_000)),
                community.getName() + (1 + random.nextInt(30)) + "栋" + (1 + random.nextInt(6)) + "单元"
                        + (101 + random.nextInt(20) * 100 + random.nextInt(4)) + "室",
                community.getStreetCode(), community.getCode(), branchId,
                veteran ? CadreCategory.VETERAN : CadreCategory.RETIRED,
                random.nextInt(40) == 0 ? Membership.PROBATIONARY : Membership.FULL, joined, pick(EMPLOYERS),
                pick(POSITIONS), retired.isAfter(today) ? null : retired,
                random.nextInt(4) == 0 ? pick(HEALTH) : null, residency(), pick(EDUCATION),
                List.of(pick(SPECIALTIES)), List.of(pick(HOBBIES)),
                birth.isBefore(today.minusYears(80)) ? List.of(pick(NEEDS)) : List.of(),
                List.of(new FamilyContact(gender == Gender.MALE ? "儿子" : "女儿", pick(SURNAMES.split("")) + "明",
                        "138" + String.format("%08d", random.nextInt(100_000_000)))),
                MemberStatus.ACTIVE, true, pensionFen(name, birth));
        MemberEntity e = new MemberEntity();
        e.setStatus(MemberStatus.ACTIVE);
        e.setStreetCode(community.getStreetCode());
        e.setBranchId(branchId);
        e.setDemo(true);
        e.setCreatedAt(Instant.now());
        MemberMapper.apply(e, m, protection);
        return e;
    }

    /**
     * A monthly pension of 3,000 to 9,000 yuan, on both sides of the dues threshold of 5,000. Derived from the member,
     * not drawn from the generator, so adding it left every other generated value as it was.
     */
    private static long pensionFen(String name, LocalDate birth) {
        return 300_000L + Math.floorMod(31L * name.hashCode() + birth.toEpochDay(), 6_000L) * 100L;
    }

    private Residency residency() {
        int dice = random.nextInt(100);
        if (dice < 12) {
            LocalDate since = LocalDate.of(today.getYear(), 11, 1 + random.nextInt(20));
            since = since.isAfter(today) ? since.minusYears(1) : since;
            return new Residency(ResidencyStatus.AWAY_SEASONAL, pick(WINTER_PLACES), since,
                    LocalDate.of(since.getYear() + 1, 4, 1 + random.nextInt(28)));
        }
        if (dice < 15) {
            return new Residency(ResidencyStatus.AWAY_LONG_TERM, pick(CHILDREN_CITIES),
                    today.minusMonths(6 + random.nextInt(30)), null);
        }
        return Residency.resident();
    }

    /** A unique number of 松北区 (230109) with the sequence digit's parity matching the gender, as GB 11643 says. */
    private String idNumber(LocalDate birth, Gender gender) {
        while (true) {
            int sequence = random.nextInt(500) * 2 + (gender == Gender.MALE ? 1 : 0);
            String first17 = "230109" + birth.toString().replace("-", "") + String.format("%03d", sequence);
            String id = first17 + ResidentIdNumber.checkCharacter(first17);
            if (idNumbers.add(id)) {
                return id;
            }
        }
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
