/** Arabic strings for /profile. Draft for issue 15. */
export const profileAr = {
  profile: {
    title: 'الملف الشخصي',
    summary: 'حسابك',
    accountId: 'معرّف الحساب',
    copyAccountId: 'نسخ معرّف الحساب',
    memberSince: 'عضو منذ',
    email: 'البريد الإلكتروني',
    phone: 'الهاتف',
    nameSection: 'الاسم المعروض',
    nameSectionHint: 'الاسم الذي يناديك به {{app}}. حتى 128 حرفًا.',
    nameSectionHintPlain: 'الاسم الذي نناديك به. حتى 128 حرفًا.',
    nameLabel: 'الاسم',
    nameSaved: 'تم حفظ الاسم.',
  },
};
