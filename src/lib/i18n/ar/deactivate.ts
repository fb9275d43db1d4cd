/** Arabic strings for deactivation. Draft for issue 15. */
export const deactivateAr = {
  deactivate: {
    title: 'تعطيل الحساب',
    description: 'يؤدي تعطيل الحساب إلى تسجيل خروجك ومنع الجميع، بمن فيهم أنت، من تسجيل الدخول إلى هذا الحساب مجددًا.',
    what: 'ما الذي سيحدث',
    point1: 'سيتم تسجيل خروجك هنا، ولن يتمكن أحد من تسجيل الدخول إلى هذا الحساب مجددًا.',
    point2: 'لا يمكن التراجع عن ذلك إلا من قِبل مسؤول هذا التطبيق، ولا يمكنك فعله بنفسك.',
    point3: 'يبقى عنوان بريدك الإلكتروني محجوزًا: لا يمكنك إنشاء حساب جديد به.',
    point4: 'تتوقف الأجهزة الأخرى المسجّل الدخول عليها عن العمل عند الإجراء التالي عليها.',
    confirmLabel: 'اكتب «{{phrase}}» للتأكيد',
    /** Typed by the user and compared exactly (trimmed, lower-cased): keep it short, without hamza variants or diacritics. */
    phrase: 'تعطيل حسابي',
    submit: 'تعطيل حسابي',
    doneTitle: 'تم تعطيل حسابك',
    doneBody: 'تم تسجيل خروجك. إذا كان ذلك عن طريق الخطأ، فتواصل مع مسؤول التطبيق.',
  },
};
